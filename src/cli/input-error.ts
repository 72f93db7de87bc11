/** An input that cannot be used, with a message fit for one line on stderr (it never quotes the input). */
export class InputError extends Error {
  override name = 'InputError'
}
