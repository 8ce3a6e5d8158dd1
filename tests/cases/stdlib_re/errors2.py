import re, warnings
warnings.simplefilter("ignore")
for p in ['(?:a*)*', '(?:a)*', '\\b*', '(?=a)*', '^*', '$*', '(?:)*', 'a{,3}', 'a{3}?', 'a{ 3}', 'a{3,}', 'a{}', 'a{,}', 'x{4294967295}', 'x{4294967294}', '(?i:a)*', '(?:(?i)a)', 'a(?#x)*', '(?x)a #c\n*', '[a-]', '[-a]', '[]a]', '[^]a]', '[a-b-c]', r'[\w-a]', '[\\]', r'(?P<a>x)(?(a)y|z)', r'(?(2)a|b)(x)', r'(?(3)a|b)(x)', r'(?<=(a))b', r'(?<=a|bc)', r'(?<=\b)a', '(?<=a{2})', r'(?<!a(?=b)c)', r'(?<=(?P<x>a)(?P=x))', '[[a]', '[a--b]', '[a&&b]', '(?ai)a', '(?au)a', '(?-a:a)', '(?i-:a)', '(?i-', '(?-', '(?u)a', '(?a:x)', '(?', r'\N', r'\N{', r'\N{LATIN SMALL LETTER A', r'\U00110000', r'\U0001F600', 'a{2', r'\d{2,3}?']:
  try: print(repr(p), 'ok', re.compile(p).pattern == p)
  except Exception as e: print(repr(p), type(e).__name__, e)
