/** What a page shares with the components it renders. */
declare namespace App {
  interface Locals {
    /** A story's note number for each figure its prose states, in reading order (`<Fact>` → "Where the numbers come from"). */
    factNotes?: Map<string, number>;
    /** The notes whose first mark in the prose has taken the id the note links back to. */
    factRefs?: Set<number>;
  }
}
