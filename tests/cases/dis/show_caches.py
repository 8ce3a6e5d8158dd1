import dis

from disshow import Buffer, masked, show


def cold(obj, seq):
    return obj.method(seq[0]) + len(obj.attr) + glob


glob = 1
show(cold, show_caches=True)
print("--- adaptive (never called, so as written)")
show(cold, adaptive=True)
caches = [i for i in dis.get_instructions(cold, show_caches=True) if i.opname == "CACHE"]
print(len(caches), caches[0])
for name in ("LOAD_GLOBAL", "LOAD_METHOD", "LOAD_ATTR", "BINARY_SUBSCR", "CALL", "PRECALL",
             "BINARY_OP", "COMPARE_OP", "STORE_ATTR", "UNPACK_SEQUENCE", "STORE_SUBSCR", "LOAD_FAST"):
    print(name, dis._inline_cache_entries[dis.opmap[name]])
