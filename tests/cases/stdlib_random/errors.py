import random
import warnings
warnings.simplefilter('ignore')
random.seed(99)

for t in ['random.randrange(0)', 'random.randrange(1.5)', 'random.randrange(0,0)', 'random.randrange(5,1)',
          'random.randrange(0,10,0)', 'random.randrange(0,10,-1)', 'random.randrange(1,2,3,4)',
          'random.randrange(3, step=2)', 'random.randrange("a")', 'random.randrange(1, 2.5)',
          'random.randrange(1,5,1.5)', 'random.getrandbits(-1)', 'random.choice([])', 'random.sample([1,2],3)',
          'random.sample({1,2},1)', 'random.choices([1],[1,2])', 'random.choices([1],[0])', 'random.choices([1], 3)',
          'random.seed([1])', 'random.Random().seed(1,2,3)', 'random.Random(1,2)', 'random.getrandbits("a")',
          'random.expovariate()', 'random.randint(1)', 'random.sample([1,2,3], k=2, counts=[1,1])',
          'random.sample(range(3), 2, counts=[1,1,-1])', 'random.randbytes(-1)', 'random.getstate()[0]',
          'len(random.getstate()[1])', 'random.gammavariate(0, 1)', 'random.choices([1, 2], [1, 2], cum_weights=[1, 2])',
          'random.sample(range(3), 2, counts=[1.5, 1, 1])', 'random.setstate((9, (), None))', 'random.choices([], k=2)',
          'random.SystemRandom().getstate()', 'random.randrange(2.0)', 'random.getrandbits(0)']:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
