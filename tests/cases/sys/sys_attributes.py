# The descriptive attributes of sys.
import sys

print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 11), sys.hexversion == 0x030B07F0)
print(sys.version.startswith("3.11.7"))
impl = sys.implementation
print(type(impl.name).__name__, impl.cache_tag is None or impl.cache_tag.endswith("-311"), impl.version == sys.version_info,
      impl.hexversion == sys.hexversion)
print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0])
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.dev_mode, len(sys.flags), type(sys.flags).__name__)
print(isinstance(sys.argv, list), len(sys.argv), type(sys.argv[0]).__name__)
print(isinstance(sys.orig_argv, list), isinstance(sys.path, list), isinstance(sys.modules, dict))
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__, "builtins" in sys.modules)
print(isinstance(sys.meta_path, list), isinstance(sys.path_hooks, list), isinstance(sys.path_importer_cache, dict))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names), "os" in sys.stdlib_module_names,
      "sys" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)
print(isinstance(sys.executable, str), isinstance(sys.prefix, str), sys.float_repr_style, sys.api_version)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.is_finalizing(), sys.warnoptions, sys._xoptions)
print(type(__builtins__).__name__, __builtins__.__name__)
import builtins
print(builtins.len is len, builtins is __builtins__)
