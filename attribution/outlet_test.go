package attribution

import (
	"strings"
	"sync"
	"testing"
)

func TestDefaultOutlets(t *testing.T) {
	all := DefaultOutlets().All()
	if len(all) < 200 {
		t.Errorf("DefaultOutlets has %d outlets, want at least 200", len(all))
	}
	countries := map[string]bool{}
	kinds := map[OutletKind]int{}
	state := 0
	for _, o := range all {
		if o.Country == "" {
			t.Errorf("%s has no country", o.Name)
		}
		countries[o.Country] = true
		kinds[o.Kind]++
		if o.State {
			state++
		}
	}
	if len(countries) < 40 {
		t.Errorf("DefaultOutlets has outlets of %d countries, want at least 40", len(countries))
	}
	for _, k := range []OutletKind{Agency, Newspaper, Broadcaster, Magazine, Online} {
		if kinds[k] == 0 {
			t.Errorf("DefaultOutlets has no outlet of kind %q", k)
		}
	}
	if state == 0 || state == len(all) {
		t.Errorf("DefaultOutlets has %d state outlets of %d", state, len(all))
	}
	if a, b := DefaultOutlets(), DefaultOutlets(); a != b {
		t.Error("DefaultOutlets builds a new table on each call")
	}
}

// TestDefaultOutletsFindEachOther checks that every name, alias and domain
// of the default table finds its own outlet.
func TestDefaultOutletsFindEachOther(t *testing.T) {
	outlets := DefaultOutlets()
	for _, o := range outlets.All() {
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			if got, ok := outlets.Lookup(name); !ok || got.Name != o.Name {
				t.Errorf("Lookup(%q) = %q, %v; want %q", name, got.Name, ok, o.Name)
			}
			text := "told " + name + " on Monday"
			got, end, ok := outlets.Match(text, len("told "))
			if !ok || got.Name != o.Name || end != len(text)-len(" on Monday") {
				t.Errorf("Match(%q, 5) = %q, %d, %v; want %q, %d", text, got.Name, end, ok, o.Name, len(text)-len(" on Monday"))
			}
		}
		for _, d := range o.Domains {
			if got, ok := outlets.Domain("https://www." + d + "/news"); !ok || got.Name != o.Name {
				t.Errorf("Domain(%q) = %q, %v; want %q", d, got.Name, ok, o.Name)
			}
		}
	}
}

func TestOutletsLookup(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"AFP", "AFP"},
		{"Agence France-Presse", "AFP"},
		{"Agence France Presse", "AFP"},
		{"NY Post", "New York Post"},
		{"The New York Post", "New York Post"},
		{"RIA", "RIA Novosti"},
		{"RIA Novosti", "RIA Novosti"},
		{"RIA-Novosti", "RIA Novosti"},
		{"the New York Times", "The New York Times"},
		{"New York Times", "The New York Times"},
		{"  The  New York\u00a0Times ", "The New York Times"},
		{"NYT", "The New York Times"},
		{"CCTV", "CCTV"},
		{"China Central Television", "CCTV"},
		{"ITV", "ITV"},
		{"TASS", "TASS"},
		{"ITAR-TASS", "TASS"},
		{"Tass", "TASS"},
		{"tass", "TASS"},                               // no other outlet is "tass" in any case
		{"THE WASHINGTON POST", "The Washington Post"}, // nor this
		{"Guardian", "The Guardian"},
		{"People’s Daily", "People's Daily"},
		{"Associated Press", "The Associated Press"},
		{"ABC", "ABC News"},
		{"Australian Broadcasting Corporation", "ABC (Australia)"},
		{"Asharq Al-Awsat", "Asharq Al-Awsat"},
	}
	outlets := DefaultOutlets()
	for _, tt := range tests {
		got, ok := outlets.Lookup(tt.name)
		if !ok || got.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.name, got.Name, ok, tt.want)
		}
	}
	for _, name := range []string{"", "The", "Post", "Times of", "New York", "Reuter"} {
		if got, ok := outlets.Lookup(name); ok {
			t.Errorf("Lookup(%q) = %q, want none", name, got.Name)
		}
	}
}

func TestOutletsLookupFoldAmbiguous(t *testing.T) {
	outlets, err := NewOutlets([]Outlet{
		{Name: "NTV", Kind: Broadcaster},
		{Name: "Ntv", Kind: Broadcaster},
	})
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := outlets.Lookup("Ntv"); !ok || o.Name != "Ntv" {
		t.Errorf(`Lookup("Ntv") = %q, %v; want "Ntv"`, o.Name, ok)
	}
	if o, ok := outlets.Lookup("ntv"); ok {
		t.Errorf(`Lookup("ntv") = %q, want none: two outlets have that name`, o.Name)
	}
}

func TestOutletsMatch(t *testing.T) {
	tests := []struct {
		text string
		at   string // Match is called where this first occurs in text
		want string // outlet name, "" for none
		name string // the text matched
	}{
		{"told Russia’s official TASS news agency", "TASS", "TASS", "TASS"},
		{"The New York Post reported", "The", "New York Post", "The New York Post"},
		{"Earlier, The New York Post wrote", "The", "New York Post", "The New York Post"},
		{"told the New York Post that", "the", "New York Post", "the New York Post"},
		{"told the New York Post that", "New", "New York Post", "New York Post"},
		{"the N.Y. Post said", "the", "New York Post", "the N.Y. Post"},
		{"The Washington Post wrote", "The", "The Washington Post", "The Washington Post"},
		{"a Postman knocked", "Post", "", ""},
		{"Reuters’ report", "Reuters", "Reuters", "Reuters"},
		{"Reuters's report", "Reuters", "Reuters", "Reuters"},
		{"Reuters' report", "Reuters", "Reuters", "Reuters"},
		{"a Reuters request", "Reuters", "Reuters", "Reuters"},
		{"Reutersian prose", "Reuters", "", ""},
		{"(Reuters) -", "Reuters", "Reuters", "Reuters"},
		{"via AP, File", "AP", "The Associated Press", "AP"},
		{"APT", "APT", "", ""},
		{"according to Agence France-Presse.", "Agence", "AFP", "Agence France-Presse"},
		{"told RIA Novosti", "RIA", "RIA Novosti", "RIA Novosti"},
		{"told RIA on Monday", "RIA", "RIA Novosti", "RIA"},
		{"told Sky News Arabia", "Sky", "Sky News Arabia", "Sky News Arabia"},
		{"told Sky News", "Sky", "Sky News", "Sky News"},
		{"told Sky\u00a0News", "Sky", "Sky News", "Sky\u00a0News"},
		{"told Sky  News", "Sky", "Sky News", "Sky  News"},
		{"The People’s Daily said", "The", "People's Daily", "The People’s Daily"},
		{"China’s state broadcaster CCTV said", "CCTV", "CCTV", "CCTV"},
		{"told The Guardian on", "The", "The Guardian", "The Guardian"},
		{"told the Guardian Monday", "the", "The Guardian", "the Guardian"},
		{"the Guardian’s editor", "the", "The Guardian", "the Guardian"},
		{"Guardian angels", "Guardian", "", ""},
		{"Iran's Guardian Council", "Guardian", "", ""},
		{"the Guardian Council", "the", "", ""},
		{"Times have changed", "Times", "", ""},
		{"The Times of India reported", "The", "The Times of India", "The Times of India"},
		{"Times of India reported", "Times", "The Times of India", "Times of India"},
		{"the Times reported", "the", "The Times", "the Times"},
		{"The Sun Belt", "The", "", ""},
		{"The Kremlin said", "The", "", ""},
		{"Theodore said", "Theodore", "", ""},
		{"the NY Times", "the", "The New York Times", "the NY Times"},
		{"le journal ČTK", "ČTK", "ČTK", "ČTK"},
		{"Süddeutsche Zeitung berichtet", "Süddeutsche", "Süddeutsche Zeitung", "Süddeutsche Zeitung"},
		{"the Interfax-Ukraine agency", "Interfax", "Interfax-Ukraine", "Interfax-Ukraine"},
		{"the Interfax agency", "Interfax", "Interfax", "Interfax"},
		{"tass reported", "tass", "", ""},
		{"the newspaper said", "the", "", ""},
		{"", "", "", ""},
	}
	outlets := DefaultOutlets()
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.at)
		o, end, ok := outlets.Match(tt.text, i)
		if !ok {
			if tt.want != "" {
				t.Errorf("Match(%q, %d) found nothing, want %q", tt.text, i, tt.want)
			}
			continue
		}
		if o.Name != tt.want || tt.text[i:end] != tt.name {
			t.Errorf("Match(%q, %d) = %q matching %q, want %q matching %q", tt.text, i, o.Name, tt.text[i:end], tt.want, tt.name)
		}
	}
	for _, i := range []int{-1, 100} {
		if _, _, ok := outlets.Match("Reuters", i); ok {
			t.Errorf("Match(%q, %d) found an outlet", "Reuters", i)
		}
	}
}

func TestOutletsDomain(t *testing.T) {
	tests := []struct {
		host, want string
	}{
		{"renqi@chinadaily.com.cn", "China Daily"},
		{"mailto:renqi@chinadaily.com.cn", "China Daily"},
		{"vnexpress.net", "VnExpress"},
		{"news.vnexpress.net", "VnExpress"},
		{"https://www.nytimes.com/x", "The New York Times"},
		{"https://nypost.com/2025/02/08/us-news/trump-putin/", "New York Post"},
		{"WWW.Reuters.COM", "Reuters"},
		{"edition.cnn.com", "CNN"},
		{"http://user@tass.com:443/politics?x=1#y", "TASS"},
		{"vietnaminsider.vn.", "Vietnam Insider"},
		{"aawsat.com", "Asharq Al-Awsat"},
		{"oglobo.globo.com", "O Globo"},
		{"ge.globo.com", "TV Globo"},
	}
	outlets := DefaultOutlets()
	for _, tt := range tests {
		got, ok := outlets.Domain(tt.host)
		if !ok || got.Name != tt.want {
			t.Errorf("Domain(%q) = %q, %v; want %q", tt.host, got.Name, ok, tt.want)
		}
	}
	for _, host := range []string{"", "com", "com.cn", "notreuters.com", "reuters.com.evil.example", "example.org"} {
		if got, ok := outlets.Domain(host); ok {
			t.Errorf("Domain(%q) = %q, want none", host, got.Name)
		}
	}
}

func TestOutletsPublisher(t *testing.T) {
	tests := []struct {
		name, url, want string
	}{
		{"known domain", "https://www.bloomberg.com/news/articles/2024-01-02/x?ref=b", "Bloomberg"},
		{"known domain without www", "https://tass.com/world/1093885", "TASS"},
		{"subdomain", "https://english.pravda.ru/world/12345-x/", "Pravda.ru"},
		{"subdomain of a two-label suffix", "https://m.standard.co.uk/news/x.html", "Evening Standard"},
		{"no scheme", "nytimes.com/2025/01/01/world/x.html", "The New York Times"},
		{"upper case and port", "HTTPS://WWW.REUTERS.COM:443/world/", "Reuters"},
		{"unknown host", "https://asiancorrespondent.com/2017/09/x/", "Asiancorrespondent"},
		{"unknown host, .org", "https://ukrainetoday.org/2019/11/07/x/", "Ukrainetoday"},
		{"unknown host, .online", "https://dailybrief.online/2024/x/", "Dailybrief"},
		{"unknown host, hyphens", "https://www.baltic-review.com/2024/05/x/", "Baltic Review"},
		{"unknown host, digits", "https://top-news24.com/x/", "Top News24"},
		{"unknown host, two-label suffix", "https://revista.com.co/mundo/x/", "Revista"},
		{"unknown subdomain of an unknown host", "https://m.example-daily.co.uk/story", "Example Daily"},
		{"unknown host, .cc", "northwind.cc/x.html", "Northwind"},
		{"empty", "", ""},
		{"no host", "https:///path/only", ""},
		{"not a URL", "see the article", ""},
		{"bad escape", "http://exa%mple.com/", ""},
		{"no dot", "http://localhost:8080/x", ""},
		{"IP address", "http://192.168.0.1/news", ""},
		{"public suffix alone", "https://co.uk/", ""},
		{"bad label", "https://-bad-.com/", ""},
	}
	outlets := DefaultOutlets()
	for _, tt := range tests {
		if got := outlets.Publisher(tt.url); got != tt.want {
			t.Errorf("%s: Publisher(%q) = %q, want %q", tt.name, tt.url, got, tt.want)
		}
	}
	var zero Outlets
	if got := zero.Publisher("https://www.reuters.com/x"); got != "Reuters" {
		t.Errorf("empty table: Publisher(reuters.com) = %q, want the host's name %q", got, "Reuters")
	}
}

func TestNewOutletsErrors(t *testing.T) {
	ok := Outlet{Name: "Reuters", Aliases: []string{"Reuters News"}, Domains: []string{"reuters.com"}, Country: "GB", Kind: Agency}
	tests := []struct {
		name string
		add  Outlet
		want string // in the error
	}{
		{"duplicate alias", Outlet{Name: "Other", Aliases: []string{"Reuters News"}, Kind: Agency}, `"Reuters" and "Other" both have the name "Reuters News"`},
		{"alias is a name", Outlet{Name: "Other", Aliases: []string{"Reuters"}, Kind: Agency}, `"Reuters" and "Other"`},
		{"name with The", Outlet{Name: "The Reuters", Kind: Agency}, `"Reuters" and "The Reuters"`},
		{"duplicate domain", Outlet{Name: "Other", Domains: []string{"reuters.com"}, Kind: Agency}, `both have the domain "reuters.com"`},
		{"twice in one outlet", Outlet{Name: "Other", Aliases: []string{"O", "O"}, Kind: Agency}, `"Other" has the name "O" twice`},
		{"no name", Outlet{Kind: Agency}, "no name"},
		{"bad kind", Outlet{Name: "Other", Kind: "blog"}, `unknown kind "blog"`},
		{"no kind", Outlet{Name: "Other"}, `unknown kind ""`},
		{"bad country", Outlet{Name: "Other", Country: "usa", Kind: Agency}, `country "usa"`},
		{"www domain", Outlet{Name: "Other", Domains: []string{"www.other.com"}, Kind: Agency}, `domain "www.other.com"`},
		{"upper-case domain", Outlet{Name: "Other", Domains: []string{"Other.com"}, Kind: Agency}, `domain "Other.com"`},
		{"empty alias", Outlet{Name: "Other", Aliases: []string{""}, Kind: Agency}, `alias "" is empty`},
		{"spaced name", Outlet{Name: "Other ", Kind: Agency}, "space at an end"},
		{"double space", Outlet{Name: "Other  News", Kind: Agency}, "double space"},
		{"punctuation first", Outlet{Name: "(Other)", Kind: Agency}, "letter or digit"},
	}
	for _, tt := range tests {
		_, err := NewOutlets([]Outlet{ok, tt.add})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: NewOutlets error = %v, want one containing %s", tt.name, err, tt.want)
		}
	}
	if _, err := NewOutlets([]Outlet{ok, {Name: "Reuters News Agency", Kind: Agency}}); err != nil {
		t.Errorf("NewOutlets: %v", err)
	}
}

func TestNewOutletsCopies(t *testing.T) {
	list := []Outlet{{Name: "Reuters", Aliases: []string{"Reuters News"}, Kind: Agency}}
	outlets, err := NewOutlets(list)
	if err != nil {
		t.Fatal(err)
	}
	list[0].Name = "Changed"
	list[0].Aliases[0] = "Changed"
	if o, ok := outlets.Lookup("Reuters News"); !ok || o.Name != "Reuters" {
		t.Errorf("the table changed with the list it was made from: Lookup = %q, %v", o.Name, ok)
	}
	o, _ := outlets.Lookup("Reuters")
	o.Aliases[0] = "Changed"
	outlets.All()[0].Aliases[0] = "Changed"
	if o, _ := outlets.Lookup("Reuters"); o.Aliases[0] != "Reuters News" {
		t.Errorf("the table changed with an outlet it returned: aliases %q", o.Aliases)
	}
}

func TestOutletsWith(t *testing.T) {
	base := DefaultOutlets()
	n := base.Len()
	reuters := Outlet{Name: "Reuters", Aliases: []string{"Thomson Reuters"}, Domains: []string{"reuters.com"}, Country: "GB", Kind: Agency}
	local := Outlet{Name: "Baltimore Banner", Domains: []string{"thebanner.com"}, Country: "US", Kind: Online}
	outlets, err := base.With(reuters, local)
	if err != nil {
		t.Fatal(err)
	}
	if outlets.Len() != n+1 || base.Len() != n {
		t.Errorf("With: Len = %d and base Len = %d, want %d and %d", outlets.Len(), base.Len(), n+1, n)
	}
	if o, ok := outlets.Lookup("Thomson Reuters"); !ok || o.Name != "Reuters" {
		t.Errorf("With: Lookup(Thomson Reuters) = %q, %v", o.Name, ok)
	}
	if _, ok := outlets.Domain("reut.rs"); ok {
		t.Error("With: the replaced outlet's domain reut.rs is still known")
	}
	if o, ok := outlets.Domain("www.thebanner.com"); !ok || o.Name != "Baltimore Banner" {
		t.Errorf("With: Domain(www.thebanner.com) = %q, %v", o.Name, ok)
	}
	if _, ok := base.Lookup("Thomson Reuters"); ok {
		t.Error("With changed the table it was called on")
	}
	if _, ok := base.Lookup("Baltimore Banner"); ok {
		t.Error("With changed the table it was called on")
	}
	if i := indexOutlet(outlets.All(), "Reuters"); i != indexOutlet(base.All(), "Reuters") {
		t.Errorf("With moved the replaced outlet from %d to %d", indexOutlet(base.All(), "Reuters"), i)
	}

	if _, err := base.With(Outlet{Name: "Kremlin Wire", Aliases: []string{"TASS"}, Kind: Agency}); err == nil || !strings.Contains(err.Error(), `"TASS" and "Kremlin Wire"`) {
		t.Errorf("With(clashing alias) error = %v", err)
	}
	if _, err := base.With(Outlet{Name: "The Reuters", Kind: Agency}); err == nil {
		t.Error("With(The Reuters) added a second outlet named Reuters")
	}
	if _, err := base.With(reuters, reuters); err == nil {
		t.Error("With(reuters, reuters) did not report the clash")
	}
}

func indexOutlet(list []Outlet, name string) int {
	for i, o := range list {
		if o.Name == name {
			return i
		}
	}
	return -1
}

func TestReadOutlets(t *testing.T) {
	const file = "# comment\n" +
		"\n" +
		"Reuters\t-\treuters.com|reut.rs\tGB\tagency\tno\r\n" +
		"TASS\tITAR-TASS|Tass\ttass.com\tRU\tagency\tyes\n" +
		"   # indented comment\n" +
		"Local Post\t-\t-\t-\tnewspaper\tno"
	list, err := ReadOutlets(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("ReadOutlets read %d outlets, want 3", len(list))
	}
	tass := list[1]
	if tass.Name != "TASS" || strings.Join(tass.Aliases, "|") != "ITAR-TASS|Tass" || strings.Join(tass.Domains, "|") != "tass.com" ||
		tass.Country != "RU" || tass.Kind != Agency || !tass.State {
		t.Errorf("ReadOutlets: TASS = %+v", tass)
	}
	if l := list[2]; l.Aliases != nil || l.Domains != nil || l.Country != "" || l.State {
		t.Errorf(`ReadOutlets: "-" read as %+v`, l)
	}
	if list[0].Domains[1] != "reut.rs" {
		t.Errorf("ReadOutlets: CRLF line read as %+v", list[0])
	}
}

func TestReadOutletsErrors(t *testing.T) {
	const good = "# outlets\nReuters\t-\treuters.com\tGB\tagency\tno\n"
	tests := []struct {
		line, want string
	}{
		{"TASS\tITAR-TASS\ttass.com\tRU\tagency", "line 3: have 5 tab-separated columns, want 6"},
		{"TASS\tITAR-TASS\ttass.com\tRU\tagency\tyes\tx", "line 3: have 7 tab-separated columns, want 6"},
		{"TASS  ITAR-TASS  tass.com  RU  agency  yes", "line 3: have 1 tab-separated columns"},
		{"TASS\tITAR-TASS\ttass.com\tRU\tpaper\tyes", `line 3: outlet "TASS": unknown kind "paper"`},
		{"TASS\tITAR-TASS\ttass.com\tRU\tagency\tmaybe", `line 3: outlet "TASS": state is "maybe"`},
		{"-\tITAR-TASS\ttass.com\tRU\tagency\tyes", "line 3: outlet with no name"},
		{"TASS\tITAR-TASS||Tass\ttass.com\tRU\tagency\tyes", `line 3: outlet "TASS": alias "" is empty`},
		{"TASS\t-\tTASS.com\tRU\tagency\tyes", `line 3: outlet "TASS": domain "TASS.com"`},
	}
	for _, tt := range tests {
		_, err := ReadOutlets(strings.NewReader(good + tt.line + "\n"))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadOutlets(... %q) error = %v, want one containing %q", tt.line, err, tt.want)
		}
	}
}

func TestOutletsConcurrent(t *testing.T) {
	text := outletBenchText()
	starts := outletWordStarts(text)
	var wg sync.WaitGroup
	counts := make([]int, 8)
	for g := range counts {
		wg.Go(func() {
			outlets := DefaultOutlets()
			for _, i := range starts {
				if _, _, ok := outlets.Match(text, i); ok {
					counts[g]++
				}
			}
			if o, ok := outlets.Lookup("RIA"); !ok || o.Name != "RIA Novosti" {
				t.Errorf("Lookup(RIA) = %q, %v", o.Name, ok)
			}
			if o, ok := outlets.Domain("edition.cnn.com"); !ok || o.Name != "CNN" {
				t.Errorf("Domain(edition.cnn.com) = %q, %v", o.Name, ok)
			}
		})
	}
	wg.Wait()
	for g, n := range counts {
		if n == 0 || n != counts[0] {
			t.Errorf("goroutine %d found %d outlets, goroutine 0 %d", g, n, counts[0])
		}
	}
}

func TestOutletsMatchAllocs(t *testing.T) {
	text := outletBenchText()
	outlets := DefaultOutlets()
	var misses []int
	for _, i := range outletWordStarts(text) {
		if _, _, ok := outlets.Match(text, i); !ok {
			misses = append(misses, i)
		}
	}
	allocs := testing.AllocsPerRun(10, func() {
		for _, i := range misses {
			outlets.Match(text, i)
		}
	})
	if allocs != 0 {
		t.Errorf("Match allocates %v times over %d word starts where no outlet is named", allocs, len(misses))
	}
}

func FuzzOutletsMatch(f *testing.F) {
	f.Add("told Russia’s official TASS news agency", 22)
	f.Add("The New York Post reported", 0)
	f.Add("the\u00a0People’s Daily", 0)
	f.Add("Reuters’ report", 0)
	f.Add("the Guardian Council", 0)
	f.Add("ČTK", 0)
	f.Add("The\xffNew York Times", 0)
	f.Add("Sky", 0)
	outlets := DefaultOutlets()
	f.Fuzz(func(t *testing.T, text string, i int) {
		o, end, ok := outlets.Match(text, i)
		if !ok {
			return
		}
		if end <= i || end > len(text) {
			t.Fatalf("Match(%q, %d) = %q ending at %d", text, i, o.Name, end)
		}
		if _, found := outlets.Lookup(o.Name); !found {
			t.Fatalf("Match(%q, %d) = %q, which Lookup does not know", text, i, o.Name)
		}
	})
}

func BenchmarkOutletsMatch(b *testing.B) {
	text := outletBenchText()
	starts := outletWordStarts(text)
	outlets := DefaultOutlets()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, i := range starts {
			outlets.Match(text, i)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(starts)), "ns/call")
}

// outletBenchText returns a few paragraphs of news text naming outlets in
// the usual ways.
func outletBenchText() string {
	const p = "Kremlin spokesman Dmitry Peskov said today that he can “neither confirm nor deny” a US newspaper report " +
		"that there was a telephone conversation between the US president Donald Trump and his Russian counterpart Vladimir Putin. " +
		"The New York Post reported in a story late last Saturday night that Trump told the newspaper that he had a phone " +
		"conversation with his Russian counterpart. In an interview from the presidential aircraft Air Force One on Friday, " +
		"Trump also told the New York Post that it’s “better not to say” when asked how many times they have spoken with Putin. " +
		"The White House has so far not responded to a Reuters request made out of hours for comment on the matter. " +
		"Kremlin spokesman Dmitry Peskov told Russia’s official TASS news agency that he could neither confirm nor deny that " +
		"there had been talks. The Washington Post, citing sources, said the call took place; CNN and the BBC could not confirm it, " +
		"while Xinhua and China Central Television carried the Kremlin’s denial. (Reporting by Reuters; editing by AFP staff)\n"
	return strings.Repeat(p, 8)
}

// outletWordStarts returns the offsets in text where a word starts.
func outletWordStarts(text string) []int {
	var starts []int
	for i := 0; i < len(text); {
		j := outletWordEnd(text, i)
		if j > i {
			starts = append(starts, i)
			i = j
			continue
		}
		i++
	}
	return starts
}

func TestOutletsZero(t *testing.T) {
	var zero Outlets
	if _, _, ok := zero.Match("Reuters", 0); ok || zero.Len() != 0 {
		t.Error("the zero Outlets is not empty")
	}
	if _, ok := zero.Lookup("Reuters"); ok {
		t.Error("the zero Outlets knows Reuters")
	}
	outlets, err := zero.With(Outlet{Name: "Reuters", Kind: Agency})
	if err != nil || outlets.Len() != 1 {
		t.Errorf("zero.With(Reuters) = %v, %v", outlets, err)
	}
}
