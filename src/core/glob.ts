/**
 * Minimal glob → RegExp for ignore patterns ("drafts/**", "*.bak", "**\/tmp/*").
 * `**` spans folders, `*` and `?` stay within one path segment, `{a,b}` alternates.
 * Patterns without a slash match the file name at any depth (like .gitignore).
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/');
  if (g.startsWith('./')) g = g.slice(2);
  const anyDepth = !g.includes('/') || g.startsWith('**/');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        i++;
        if (g[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + g.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  if (g.endsWith('/')) re += '.*';
  return new RegExp((anyDepth ? '(?:^|/)' : '^') + re.replace(/^\(\?:\.\*\/\)\?/, '') + '(?:/.*)?$');
}

/** Whether a workspace-relative path (forward slashes) matches any of the globs. */
export function matchesAny(relPath: string, globs: RegExp[]): boolean {
  const p = relPath.replace(/\\/g, '/');
  return globs.some((g) => g.test(p));
}
