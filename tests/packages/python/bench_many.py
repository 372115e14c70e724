"""annotate_many against a Python loop over annotate, on 1,000 invented articles.

    python tests/packages/python/bench_many.py   (with the wheel installed)

Prints wall and CPU seconds of each; CPU time above wall time means more than one core ran.
"""

import os
import random
import threading
import time

import quotelight

NAMES = ["Ana Ortiz", "Luis Pé", "Rosa Vidal", "Tomás Ruiz", "Maya Chen", "Omar Haddad"]
ROLES = ["Mayor", "City treasurer", "Police chief", "Council member", "Health minister"]
SENTENCES = [
    "“We will rebuild the pier before summer,” said {role} {name}.",
    "{name}, the {low}, said the repairs had cost more than planned.",
    "“The boats cannot wait,” {name} told reporters. “Nobody wants another winter like this.”",
    "The council met on Tuesday to discuss the budget for the harbour.",
    "According to {name}, the plan was “a disgrace” and should be withdrawn.",
]


def article(rng):
    paragraphs = []
    for _ in range(rng.randint(15, 40)):
        role = rng.choice(ROLES)
        paragraphs.append(rng.choice(SENTENCES).format(name=rng.choice(NAMES), role=role, low=role.lower()))
    return "\n".join(paragraphs)


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def thread_cpu():
    """CPU seconds of each thread of this process, by thread id (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[tid] = (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            pass  # the thread ended while we looked
    return out


def worker_threads(fn):
    """Runs fn, sampling per-thread CPU time meanwhile; returns CPU seconds of each other thread."""
    seen, done = {}, threading.Event()
    main = {str(threading.get_native_id())}

    def sample():
        while not done.is_set():
            seen.update(thread_cpu())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    before = thread_cpu()
    fn()
    done.set()
    sampler.join()
    main.add(str(sampler.native_id))
    return sorted((cpu - before.get(tid, 0) for tid, cpu in seen.items() if tid not in main), reverse=True)


def best_of(runs, fn):
    """The run with the least wall time: on a shared machine the others measure its load."""
    return min((timed(fn) for _ in range(runs)), key=lambda r: r[1])


def main():
    rng = random.Random(16)
    texts = [article(rng) for _ in range(1000)]
    size = sum(len(t) for t in texts) / 1e6
    loop, loop_wall, loop_cpu = best_of(3, lambda: [quotelight.annotate(t) for t in texts])
    one, one_wall, one_cpu = best_of(3, lambda: quotelight.annotate_many(texts, threads=1))
    many, many_wall, many_cpu = best_of(3, lambda: quotelight.annotate_many(texts))
    assert many == loop == one
    print(f"1000 articles, {size:.1f} M characters, {sum(len(r['quotes']) for r in many)} quotes; best of 3 runs")
    print(f"{'loop over annotate:':<26}{loop_wall:.2f} s wall, {loop_cpu:.2f} s CPU")
    print(f"{'annotate_many, 1 thread:':<26}{one_wall:.2f} s wall, {one_cpu:.2f} s CPU")
    print(f"{'annotate_many, all cores:':<26}{many_wall:.2f} s wall, {many_cpu:.2f} s CPU "
          f"(CPU/wall {many_cpu / many_wall:.2f} against {loop_cpu / loop_wall:.2f} for the loop; "
          f"{loop_wall / many_wall:.2f}x faster than the loop)")
    main_cpu = time.thread_time()
    _, _, cpu = timed(lambda: quotelight.annotate_many(texts))
    main_cpu = time.thread_time() - main_cpu
    print(f"  of which this thread (conversion to dicts): {main_cpu:.2f} s CPU; "
          f"worker threads (the engine): {cpu - main_cpu:.2f} s CPU")
    if os.path.isdir("/proc/self/task"):
        workers = worker_threads(lambda: quotelight.annotate_many(texts))
        print(f"annotate_many's threads: {len(workers)}, CPU seconds each (sampled): "
              + ", ".join(f"{c:.2f}" for c in workers))


if __name__ == "__main__":
    main()
