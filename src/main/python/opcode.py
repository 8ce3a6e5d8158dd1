"""The instruction set of CPython 3.11 bytecode, which Taipan's compiler emits: names and
numbers of the opcodes, the kind of argument each takes, and its inline cache entries."""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

from _opcode import stack_effect

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = 90      # opcodes from here on use their argument
EXTENDED_ARG = 144

# "number NAME [kind]": the kind says what the argument indexes (co_consts, co_names, a
# relative jump, a fast local, cmp_op, a cell or free variable).
_OPCODES = """
0 CACHE             1 POP_TOP           2 PUSH_NULL         9 NOP
10 UNARY_POSITIVE   11 UNARY_NEGATIVE   12 UNARY_NOT        15 UNARY_INVERT
25 BINARY_SUBSCR    30 GET_LEN          31 MATCH_MAPPING    32 MATCH_SEQUENCE
33 MATCH_KEYS       35 PUSH_EXC_INFO    36 CHECK_EXC_MATCH  37 CHECK_EG_MATCH
49 WITH_EXCEPT_START 50 GET_AITER       51 GET_ANEXT        52 BEFORE_ASYNC_WITH
53 BEFORE_WITH      54 END_ASYNC_FOR    60 STORE_SUBSCR     61 DELETE_SUBSCR
68 GET_ITER         69 GET_YIELD_FROM_ITER 70 PRINT_EXPR    71 LOAD_BUILD_CLASS
74 LOAD_ASSERTION_ERROR 75 RETURN_GENERATOR 82 LIST_TO_TUPLE 83 RETURN_VALUE
84 IMPORT_STAR      85 SETUP_ANNOTATIONS 86 YIELD_VALUE     87 ASYNC_GEN_WRAP
88 PREP_RERAISE_STAR 89 POP_EXCEPT
90 STORE_NAME name  91 DELETE_NAME name 92 UNPACK_SEQUENCE  93 FOR_ITER jrel
94 UNPACK_EX        95 STORE_ATTR name  96 DELETE_ATTR name 97 STORE_GLOBAL name
98 DELETE_GLOBAL name 99 SWAP           100 LOAD_CONST const 101 LOAD_NAME name
102 BUILD_TUPLE     103 BUILD_LIST      104 BUILD_SET       105 BUILD_MAP
106 LOAD_ATTR name  107 COMPARE_OP compare 108 IMPORT_NAME name 109 IMPORT_FROM name
110 JUMP_FORWARD jrel 111 JUMP_IF_FALSE_OR_POP jrel 112 JUMP_IF_TRUE_OR_POP jrel
114 POP_JUMP_FORWARD_IF_FALSE jrel 115 POP_JUMP_FORWARD_IF_TRUE jrel
116 LOAD_GLOBAL name 117 IS_OP          118 CONTAINS_OP     119 RERAISE
120 COPY            122 BINARY_OP       123 SEND jrel       124 LOAD_FAST local
125 STORE_FAST local 126 DELETE_FAST local
128 POP_JUMP_FORWARD_IF_NOT_NONE jrel 129 POP_JUMP_FORWARD_IF_NONE jrel
130 RAISE_VARARGS   131 GET_AWAITABLE   132 MAKE_FUNCTION   133 BUILD_SLICE
134 JUMP_BACKWARD_NO_INTERRUPT jrel 135 MAKE_CELL free 136 LOAD_CLOSURE free
137 LOAD_DEREF free 138 STORE_DEREF free 139 DELETE_DEREF free 140 JUMP_BACKWARD jrel
142 CALL_FUNCTION_EX 144 EXTENDED_ARG   145 LIST_APPEND     146 SET_ADD
147 MAP_ADD         148 LOAD_CLASSDEREF free 149 COPY_FREE_VARS 151 RESUME
152 MATCH_CLASS     155 FORMAT_VALUE    156 BUILD_CONST_KEY_MAP 157 BUILD_STRING
160 LOAD_METHOD name 162 LIST_EXTEND    163 SET_UPDATE      164 DICT_MERGE
165 DICT_UPDATE     166 PRECALL         171 CALL            172 KW_NAMES const
173 POP_JUMP_BACKWARD_IF_NOT_NONE jrel 174 POP_JUMP_BACKWARD_IF_NONE jrel
175 POP_JUMP_BACKWARD_IF_FALSE jrel 176 POP_JUMP_BACKWARD_IF_TRUE jrel
"""

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []


def _read_table():
    kinds = {'const': hasconst, 'name': hasname, 'jrel': hasjrel, 'local': haslocal,
             'compare': hascompare, 'free': hasfree}
    words = _OPCODES.split()
    i = 0
    while i < len(words):
        op = int(words[i])
        name = words[i + 1]
        i += 2
        opname[op] = name
        opmap[name] = op
        if i < len(words) and words[i] in kinds:
            kinds[words[i]].append(op)
            i += 1


_read_table()
del _read_table, _OPCODES

# The operators BINARY_OP's argument indexes.
_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE" + name[2:], sym + "=") for name, sym in _nb_ops]

# The specialised forms CPython's adaptive interpreter rewrites each instruction into.
# Taipan does not rewrite its bytecode, but dis names these numbers as CPython does.
_specializations = {
    "BINARY_OP": ["BINARY_OP_ADAPTIVE", "BINARY_OP_ADD_FLOAT", "BINARY_OP_ADD_INT",
                  "BINARY_OP_ADD_UNICODE", "BINARY_OP_INPLACE_ADD_UNICODE", "BINARY_OP_MULTIPLY_FLOAT",
                  "BINARY_OP_MULTIPLY_INT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_SUBTRACT_INT"],
    "BINARY_SUBSCR": ["BINARY_SUBSCR_ADAPTIVE", "BINARY_SUBSCR_DICT", "BINARY_SUBSCR_GETITEM",
                      "BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_TUPLE_INT"],
    "CALL": ["CALL_ADAPTIVE", "CALL_PY_EXACT_ARGS", "CALL_PY_WITH_DEFAULTS"],
    "COMPARE_OP": ["COMPARE_OP_ADAPTIVE", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_INT_JUMP",
                   "COMPARE_OP_STR_JUMP"],
    "EXTENDED_ARG": ["EXTENDED_ARG_QUICK"],
    "JUMP_BACKWARD": ["JUMP_BACKWARD_QUICK"],
    "LOAD_ATTR": ["LOAD_ATTR_ADAPTIVE", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE",
                  "LOAD_ATTR_SLOT", "LOAD_ATTR_WITH_HINT"],
    "LOAD_CONST": ["LOAD_CONST__LOAD_FAST"],
    "LOAD_FAST": ["LOAD_FAST__LOAD_CONST", "LOAD_FAST__LOAD_FAST"],
    "LOAD_GLOBAL": ["LOAD_GLOBAL_ADAPTIVE", "LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE"],
    "LOAD_METHOD": ["LOAD_METHOD_ADAPTIVE", "LOAD_METHOD_CLASS", "LOAD_METHOD_MODULE",
                    "LOAD_METHOD_NO_DICT", "LOAD_METHOD_WITH_DICT", "LOAD_METHOD_WITH_VALUES"],
    "PRECALL": ["PRECALL_ADAPTIVE", "PRECALL_BOUND_METHOD", "PRECALL_BUILTIN_CLASS",
                "PRECALL_BUILTIN_FAST_WITH_KEYWORDS", "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
                "PRECALL_NO_KW_BUILTIN_FAST", "PRECALL_NO_KW_BUILTIN_O", "PRECALL_NO_KW_ISINSTANCE",
                "PRECALL_NO_KW_LEN", "PRECALL_NO_KW_LIST_APPEND", "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
                "PRECALL_NO_KW_STR_1", "PRECALL_NO_KW_TUPLE_1", "PRECALL_NO_KW_TYPE_1", "PRECALL_PYFUNC"],
    "RESUME": ["RESUME_QUICK"],
    "STORE_ATTR": ["STORE_ATTR_ADAPTIVE", "STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT",
                   "STORE_ATTR_WITH_HINT"],
    "STORE_FAST": ["STORE_FAST__LOAD_FAST", "STORE_FAST__STORE_FAST"],
    "STORE_SUBSCR": ["STORE_SUBSCR_ADAPTIVE", "STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT"],
    "UNPACK_SEQUENCE": ["UNPACK_SEQUENCE_ADAPTIVE", "UNPACK_SEQUENCE_LIST", "UNPACK_SEQUENCE_TUPLE",
                        "UNPACK_SEQUENCE_TWO_TUPLE"],
}
_specialized_instructions = [name for family in _specializations.values() for name in family]
_specialization_stats = ["success", "failure", "hit", "deferred", "miss", "deopt"]

# The inline cache entries (16-bit code units) after each instruction, by field.
_cache_format = {
    "LOAD_GLOBAL": {"counter": 1, "index": 1, "module_keys_version": 2, "builtin_keys_version": 1},
    "BINARY_OP": {"counter": 1},
    "UNPACK_SEQUENCE": {"counter": 1},
    "COMPARE_OP": {"counter": 1, "mask": 1},
    "BINARY_SUBSCR": {"counter": 1, "type_version": 2, "func_version": 1},
    "LOAD_ATTR": {"counter": 1, "version": 2, "index": 1},
    "STORE_ATTR": {"counter": 1, "version": 2, "index": 1},
    "LOAD_METHOD": {"counter": 1, "type_version": 2, "dict_offset": 1, "keys_version": 2, "descr": 4},
    "CALL": {"counter": 1, "func_version": 2, "min_args": 1},
    "PRECALL": {"counter": 1},
    "STORE_SUBSCR": {"counter": 1},
}
_inline_cache_entries = [sum(_cache_format.get(name, {}).values()) for name in opname]
