// The phenomena of real news that the larger corpus (eval/dev2, eval/heldout2) exercises,
// the classes of issue 14. A gold file tags a relation or an entity (or, for a phenomenon
// of the whole text, its source) with the classes it exercises; the report gives the
// recall per class. The tag names are a closed list: an unknown one is an error.

/** Class -> what it covers (for the report and for annotators). */
export const PHENOMENA: ReadonlyMap<string, string> = new Map([
  // Events with a passive or inverted subject
  ['inverted-subject', 'the actor after the verb or the object first ("Delegację przyjął … prezydent X"), passive voice'],
  ['headline-event', 'a meeting, visit or transfer stated in the headline'],
  ['counterpart', '"rozmawiał ze swoim odpowiednikiem": the other party named apart'],
  // Supply and transfer
  ['supply', 'a delivery or transfer: supplier, recipient, goods ("przekazał", "dostarcza", "otrzymuje")'],
  ['exchange', '"w zamian": what is given for what'],
  ['quantity', 'a count or amount on the relation'],
  // Claimants outside the clause
  ['claimant-after', 'the claimant after the content ("… – przekazało ministerstwo", "Podała to agencja X.")'],
  ['claimant-cue', 'the claimant in a phrase ("według", "jak podał", "powołując się na", "cytowany przez")'],
  ['claimant-previous', 'the claimant named in an earlier sentence'],
  ['nested-speech', 'reported speech inside reported speech ("X podał, że według Y …")'],
  // Hedges and modality
  ['hedge', 'a possibility, expectation or plan ("mogą podpisać", "liczy na", "ma zostać", "miał zapowiedzieć")'],
  ['denial', 'a denial or a refusal to confirm ("zaprzeczył", "nie potwierdził")'],
  // Wrong attachment
  ['relative-clause', 'an actor given by a relative clause ("który przyleciał …, gdzie rozmawiał")'],
  ['place-attachment', 'a place phrase that belongs to one entity and not a neighbouring one'],
  // Entity noise
  ['capitalised-word', 'ordinary words with a capital (sentence start, headline) that are not names'],
  ['media', 'a media outlet or news agency, to be typed Media'],
  ['oblique-name', 'a name met only in an oblique case, to be brought to the nominative'],
  ['adjacent-names', 'two names written next to each other, to be kept apart'],
  ['distinct-events', 'several distinct meetings, wars or deliveries in one text, each its own entity'],
  // Dates
  ['weekday', 'a weekday resolved against the publication date'],
  ['relative-date', 'a month or year relative to the publication ("od marca ubiegłego roku", "w przyszłym miesiącu")'],
  ['day-month', 'a day and month without a year'],
]);
