# The __future__ module: every feature's releases and compile() flag, and that
# `from __future__ import annotations` both imports and takes effect.
from __future__ import annotations
import __future__


def f(x: undefined_name) -> also_undefined:
    pass


print(f.__annotations__, annotations)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag), feature)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')), __future__.__all__[:2])
code = compile('x: int = 1', '<s>', 'exec', __future__.annotations.compiler_flag)
print(bool(code.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
