package language_test

// newsText is about 4 KB of invented, news-like prose for benchmarks and
// concurrency tests: paragraphs, curly and straight quotes, abbreviations,
// initialisms, dates and a photo caption.
const newsText = `MOSCOW (AP) — The Kremlin on Monday declined to say whether President Vladimir Putin had spoken with U.S. President-elect Donald Trump, days after a report said the two men discussed the war in Ukraine by phone.

“I made a statement to that effect yesterday,” Kremlin spokesman Dmitry Peskov told reporters on a conference call when asked if Putin and Trump had spoken. “And there is nothing else I can say. I can neither confirm nor deny it.”

Mr. Peskov’s comments came after the Washington Post on Nov. 10 cited unnamed sources as saying the call took place at Trump’s Mar-a-Lago resort in Palm Beach, Fla. The newspaper said Trump advised Putin not to escalate the conflict and reminded him of “Washington’s sizable military presence in Europe.”

Peskov said on Sunday that the report was “pure fiction” and that there had been no conversation. Asked about it again, he said: "It is not true. This is the most obvious example of the quality of information that is published now, sometimes even in fairly reputable publications."

The U.S. State Department did not immediately respond to a request for comment. A spokesman for the Trump transition team, Steven Cheung, said in a statement that the team does not comment on private calls between President-elect Trump and other world leaders.

Trump has repeatedly said he could end the war within 24 hours, without saying how. Sen. Marco Rubio, R-Fla., his pick for secretary of state, said in an interview that the conflict had reached a stalemate and would need to be settled through negotiations. Gen. Mark Milley, a former chairman of the Joint Chiefs of Staff, warned in a speech at 7 p.m. on Tuesday that such talks could reward aggression.

Ukraine’s President Volodymyr Zelenskyy, who met Trump in New York in September, said last week that he had a “productive” call with the president-elect. He added: ‘We agreed to maintain close dialogue and advance our cooperation.’ Kyiv’s officials did not say whether the U.S. would keep supplying weapons at the current pace.

Meanwhile, Russian forces pressed their offensive in eastern Ukraine. The Russian Defense Ministry said troops had taken two more villages in the Donetsk region, including one near the town of Kurakhove. The claims could not be independently verified. Ukraine's General Staff said its forces repelled 45 attacks near Pokrovsk in the past day.

In St. Petersburg, thousands gathered on Dec. 26, 2024, to mark the anniversary of the city’s liberation. Officials from Acme Corp. and Gazprom Neft Co. attended, along with Dr. Irina Volkova of St. Petersburg State University. “We remember,” Volkova said. “We must never forget what happened here.”

Analysts at the Institute for the Study of War, a Washington, D.C.-based think tank, said the Kremlin was trying to shape the terms of any future talks before Jan. 20, when Trump takes office. Putin “wants to negotiate from a position of strength,” said George W. Bush’s former adviser J. K. Rowling — no relation to the author. “Is that realistic?” she asked. “Maybe.”

FILE - Russian President Vladimir Putin speaks on the phone in St. Petersburg, Russia, Dec. 26, 2024. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP, File)
`
