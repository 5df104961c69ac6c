package quote

import (
	"strings"

	"github.com/quotetrace/quotetrace/language"
)

// maxNavigation is the longest paragraph, in bytes, that may be page
// furniture.
const maxNavigation = 64

// isNavigation reports whether s, a whole paragraph, is page furniture
// such as "Related", "Read more" or "Ask me anything": an entry of l's
// Navigation table, with a final colon, period or ellipsis.
func isNavigation(l *language.Language, s string) bool {
	if len(s) > maxNavigation {
		return false
	}
	s = strings.TrimRight(strings.TrimSpace(s), ":.…")
	return l.Has(language.Navigation, strings.TrimSpace(s))
}
