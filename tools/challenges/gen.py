import sys, os, copy, json, subprocess, importlib
sys.path.insert(0, '/tmp/chgen')
from lib import *
WT = '/work/wt-study'
A = WT + '/assets/challenges'
S = WT + '/src/test/resources/challenges/solutions'
os.makedirs(A, exist_ok=True); os.makedirs(S, exist_ok=True)
mods = [m for m in sys.argv[1:]] or ['defs1']
allc = []
for m in mods:
    allc += importlib.import_module(m).CHALLENGES

def finish(lab, c, title):
    lab = copy.deepcopy(lab)
    for k in DROP: lab.pop(k, None)
    lab['title'] = title
    lab['flows'] = copy.deepcopy(c['flows'])
    return lab

for c in allc:
    base = f"{c['num']}-{c['slug']}"
    start = finish(c['start'](), c, c['title']['en'])
    start['description'] = 'Challenge ' + c['num'] + ': starting lab. Open it in VPC Endpoint Lab, or grade a lab against it with `vpclab grade`.'
    block = Block({'id': base, 'title': c['title'], 'story': c['story'], 'goal': c['goal'], 'hints': c['hints'],
                   'explanation': c['explanation'], 'links': c['links'], 'goals': c['goals']})
    start['challenge'] = block
    write(f'{A}/{base}.yaml', start, 'Challenge ' + c['num'] + ' (format: docs/challenges.md). The network below is the starting lab; it does not pass.')
    sol = finish(c['solution'](c['start']()), c, c['title']['en'] + ' (reference solution)')
    write(f'{S}/{base}.solution.yaml', sol, 'Reference solution of challenge ' + base + ': the grader passes it.')
    for i, (fn, why, fails) in enumerate(c['wrong'], 1):
        w = finish(fn(c['start']()), c, c['title']['en'] + f' (wrong solution {i})')
        w['expectGrade'] = {'passed': False, 'why': why, 'failing': fails}
        write(f'{S}/{base}.wrong-{i}.yaml', w, f'Wrong solution {i} of challenge {base}: {why}.')
    print('wrote', base)
