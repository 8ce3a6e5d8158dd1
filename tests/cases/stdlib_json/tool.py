import json.tool
import os
import sys

os.chdir(sys.path[0])


def run(args, text):
    with open('tool_in.json', 'w') as f:
        f.write(text)
    sys.argv = ['json.tool'] + args + ['tool_in.json', 'tool_out.json']
    try:
        json.tool.main()
    except SystemExit as e:
        print('SystemExit', e)
    else:
        with open('tool_out.json') as f:
            print(f.read(), end='')


doc = '{"b": [1, 2.5, null], "a": "\\u00e9", "c": {}}'
for args in [[], ['--sort-keys'], ['--compact'], ['--indent', '1', '--no-ensure-ascii'], ['--no-indent'], ['--tab']]:
    run(args, doc)
run(['--json-lines'], '{"a": 1}\n[2]\n')
run([], '{"a": 1,}')
run([], '')
for name in ['tool_in.json', 'tool_out.json']:
    if os.path.exists(name):
        os.remove(name)
