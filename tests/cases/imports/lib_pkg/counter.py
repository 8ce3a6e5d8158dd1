import sys
sys.counter_runs = getattr(sys, "counter_runs", 0) + 1
count = sys.counter_runs
