#!/usr/bin/env python3
"""Writes hash_seeds.txt: PYTHONHASHSEED, then hash() of some bytes under that seed."""
import subprocess
SAMPLES = "[b'', b'a', b'abc', b'abcdefgh', b'hello world, this is long', bytes(range(256))]"
with open('hash_seeds.txt', 'w') as out:
    for seed in ['0', '1', '2', '42', '12345', '4294967295']:
        r = subprocess.run(['python3', '-c', f'print(*[hash(b) for b in {SAMPLES}])'],
                           env={'PYTHONHASHSEED': seed}, capture_output=True, text=True, check=True)
        out.write(seed + ' ' + r.stdout)
