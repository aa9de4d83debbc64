/**
 * Text a person typed, made plain before it is shown to others in a card or a relayed message: Teams renders
 * markdown and some HTML in both, so "[Re-enter your password](https://…)" would become a live link and
 * "<at>Name</at>" a mention. Links keep their words and their address, defanged so no client makes them
 * clickable; angle brackets become look-alikes that no renderer reads as markup.
 */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]\n]*)\]\s*\(([^)\n]*)\)/g, '$1 ($2)')
    .replace(/\b(https?|ftp|file|mailto|javascript|data):(\/\/)?/gi, (_all, scheme: string, slashes: string | undefined) => `${scheme}[:]${slashes ?? ''}`)
    .replace(/\bwww\./gi, 'www[.]')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}
