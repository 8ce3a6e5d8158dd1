import dis

from disshow import Buffer, masked, show


show(bytes([151, 0, 100, 0, 83, 0]))
print("---")
# arguments without their tables, an unused opcode, specialised opcode numbers
show(bytes([101, 1, 124, 0, 116, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 122, 13, 0, 0, 4, 0]))
print("---")
show(bytes([144, 1, 144, 2, 100, 3, 110, 1, 9, 0, 140, 3, 255, 0, 1, 0]))
print("---")
show(bytearray([9, 0, 9, 0]), show_caches=True)
print(list(dis._unpack_opargs(bytes([144, 255, 144, 255, 144, 255, 100, 255, 1, 0]))))
print([tuple(i)[:6] for i in dis._get_instructions_bytes(bytes([100, 0, 101, 0]), co_consts=(7,), names=("n",))])
print("--- specialised instructions show their cache data")
show(bytes([3, 0, 5, 0, 116, 3, 7, 0, 9, 0, 1, 1, 2, 0, 3, 0, 83, 0]), show_caches=True)
show(bytes([107, 2, 1, 0, 0, 0]), show_caches=True)
