// Package attribution will say who said each quotation found by package
// quote, and through which outlet the words reached the public: reporting
// cues, speakers and their coreference ("he", "the Kremlin spokesman"),
// outlets and how they were used ("told", "in an interview with", "quoted
// ... as saying"), and indirect speech.
//
// It is not built yet; until it is, the quotetrace command leaves each
// quotation's speaker, outlet and cue null.
package attribution
