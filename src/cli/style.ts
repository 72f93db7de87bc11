/** Terminal styling: ANSI colours when wanted, plain text otherwise. */
export interface Style {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  cyan(text: string): string
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`

const COLOR: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  cyan: wrap(36, 39),
}

const same = (text: string): string => text
const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, green: same, cyan: same }

/** The style for a choice of colour. */
export function styleFor(color: boolean): Style {
  return color ? COLOR : PLAIN
}

/**
 * Whether to colour: `--color`/`--no-color` decide; otherwise only a terminal gets colour, unless
 * `NO_COLOR` is set to anything but the empty string (https://no-color.org) or `TERM` is `dumb`.
 */
export function wantsColor(
  flag: boolean | undefined,
  stdoutIsTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (flag !== undefined) return flag
  if (!stdoutIsTTY) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return env.TERM !== 'dumb'
}
