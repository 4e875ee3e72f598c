/** Verb forms that more than one stage of the engine reads. */

/** Common irregular past tenses, signs of a finite clause ("he spoke", "Milosevic ordered"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'began became came went got made took gave saw knew felt left kept held brought thought told said found lost paid met ran sent spent stood won wrote led fell grew rose sold built broke chose drove fought flew forgot hid hit hurt meant put sat slept spoke stole struck swore taught threw understood wore bought caught sought shot did had was were'.split(' '),
);
