package export_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotetrace/quotetrace/provenance/export"
)

// chromium returns the path of a Chromium binary, skipping the test when
// there is none, or failing it when QUOTETRACE_REQUIRE_CHROMIUM=1 (which
// CI sets) requires one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("QUOTETRACE_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("no chromium or chromium-browser on PATH, and QUOTETRACE_REQUIRE_CHROMIUM=1 (set by CI) requires one")
	}
	t.Skip("no chromium or chromium-browser on PATH; install chromium to check that the HTML report renders")
	return ""
}

// runChromium runs headless Chromium with the given arguments and returns
// what it writes to standard output.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	profile, err := os.MkdirTemp("", "quotetrace-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	// Not t.TempDir: a browser's helper processes may still be writing
	// their profile as it exits, which must not fail the test.
	t.Cleanup(func() { os.RemoveAll(profile) })
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args = append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
		"--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile,
	}, args...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// near reports whether c is the colour want, give or take a little in each
// channel.
func near(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	d := func(x uint32, y uint8) bool { return int(x>>8)-int(y) <= 3 && int(y)-int(x>>8) <= 3 }
	return d(r, want.R) && d(g, want.G) && d(b, want.B)
}

// TestHTMLChromium renders the report of the sample articles in headless
// Chromium: the screenshot must show a styled page, not a blank one, and
// the page's text, after its script has run, the statements that several
// articles report. With QUOTETRACE_HTML_SCREENSHOT set to a path, the
// screenshot is kept there.
func TestHTMLChromium(t *testing.T) {
	bin := chromium(t)
	tr := exportSamples(t)
	var buf bytes.Buffer
	if err := export.HTML(&buf, tr); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := "file://" + filepath.ToSlash(page)

	t.Run("screenshot", func(t *testing.T) {
		shot := filepath.Join(dir, "report.png")
		runChromium(t, bin, "--window-size=1280,2400", "--run-all-compositor-stages-before-draw", "--screenshot="+shot, pageURL)
		data, err := os.ReadFile(shot)
		if err != nil {
			t.Fatal(err)
		}
		if keep := os.Getenv("QUOTETRACE_HTML_SCREENSHOT"); keep != "" {
			if err := os.WriteFile(keep, data, 0o644); err != nil {
				t.Error(err)
			}
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("the screenshot is no PNG: %v", err)
		}
		b := img.Bounds()
		if b.Dx() != 1280 || b.Dy() != 2400 {
			t.Errorf("the screenshot is %dx%d, want 1280x2400", b.Dx(), b.Dy())
		}
		// The background is the commonest colour; the page must draw a
		// good share of the rest, in many colours.
		count := make(map[color.RGBA]int)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				count[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 255}]++
			}
		}
		var background color.RGBA
		for c, n := range count {
			if n > count[background] || n == count[background] && fmt.Sprint(c) < fmt.Sprint(background) {
				background = c
			}
		}
		total := b.Dx() * b.Dy()
		if share := float64(total-count[background]) / float64(total); share < 0.2 {
			t.Errorf("only %.1f%% of the screenshot differs from its background %v", 100*share, background)
		}
		if len(count) < 64 {
			t.Errorf("the screenshot has %d colours, want many", len(count))
		}
		// The style sheet applied: the header's navy at its top left, and
		// the boxes of the chain graphs.
		if c := img.At(b.Min.X+4, b.Min.Y+4); !near(c, color.RGBA{0x17, 0x32, 0x4f, 255}) {
			t.Errorf("the top left of the page is %v, not the header's navy", c)
		}
		for _, want := range []struct {
			what string
			c    color.RGBA
		}{
			{"a speaker's box", color.RGBA{0xe3, 0xf0, 0xfc, 255}},
			{"an outlet's box", color.RGBA{0xfd, 0xeb, 0xd3, 255}},
			{"the count of shared statements", color.RGBA{0xf2, 0xb8, 0x4b, 255}},
		} {
			n := 0
			for c, k := range count {
				if near(c, want.c) {
					n += k
				}
			}
			if n < 500 {
				t.Errorf("the screenshot lacks %s (%d pixels of %v)", want.what, n, want.c)
			}
		}
	})

	t.Run("dom", func(t *testing.T) {
		dom := string(runChromium(t, bin, "--dump-dom", pageURL))
		shown := strings.Join(strings.Fields(html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(dom, " "))), " ")
		for _, want := range []string{"Where the quotations came from", "Dmitry Peskov", "TASS", "New York Post", "Statements reported by more than one article"} {
			if !strings.Contains(shown, want) {
				t.Errorf("the rendered page does not show %q", want)
			}
		}
		singles := 0
		for i := range tr.Statements {
			s := &tr.Statements[i]
			articles := make(map[string]bool)
			for _, m := range s.Members {
				articles[m.Article] = true
			}
			if len(articles) <= 1 {
				singles++
				continue
			}
			if text := strings.Join(strings.Fields(s.Text), " "); !strings.Contains(shown, text) {
				t.Errorf("the rendered page does not show %s's words %q", s.ID, text)
			}
		}
		// The script ran: it showed the filters and counted the rows.
		if want := fmt.Sprintf("%d of %d shown", singles, singles); !strings.Contains(shown, want) {
			t.Errorf("the rendered page does not show %q: its script did not run", want)
		}
		if regexp.MustCompile(`<div[^>]*id="filters"[^>]*hidden`).MatchString(dom) {
			t.Errorf("the filters are still hidden: the page's script did not run")
		}
	})
}
