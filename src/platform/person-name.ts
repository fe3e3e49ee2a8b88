/** A full name as typed ("นายสมศักดิ์ ดูแลดี") into the user row's name fields. */
export function splitName(name: string): {
  titlePrefix: string;
  firstName: string;
  lastName: string;
} {
  const words = name.trim().split(/\s+/);
  const lastName = words.length > 1 ? (words.pop() ?? '') : '';
  return {
    titlePrefix: '',
    firstName: words.join(' ').slice(0, 100),
    lastName: lastName.slice(0, 100),
  };
}
