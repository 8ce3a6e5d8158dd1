import re
import warnings

for p in ['[[a]', '[a[]', '[-a]', '[--a]', '[a&&b]', '[&&a]', '[a~~b]', '[a||b]', '[[:alpha:]]', r'[\[]',
          '[a&b]', '[&&]', '[^[]', '[^-]', '[a-b--c]', b'[[x]']:
    re.purge()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        re.compile(p)
    print(p, [(str(x.message), x.category.__name__, x.filename == __file__) for x in w])
warnings.simplefilter('error')
try:
    re.compile('[a||b]')
except FutureWarning as e:
    print('FutureWarning', e)
