/** The columns of "Chips at a glance" and of a term's facts, each a chip field and its label. */
export const CHIP_COLUMNS = [
  ["maker", "Made by"],
  ["kind", "Kind of chip"],
  ["instructionSet", "Instruction set"],
  ["use", "Used for"],
  ["sold", "How it is sold"],
] as const;
