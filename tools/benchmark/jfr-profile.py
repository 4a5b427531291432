#!/usr/bin/env python3
"""Summarises a JFR recording of the benchmark (-Dbenchmark.jvmArgs=-XX:StartFlightRecording=...): where the CPU
samples of the benchmark's worker and job-executor threads go. Usage: jfr-profile.py recording.jfr [top]"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", recording],
                      capture_output=True, text=True, check=True).stdout

CATEGORIES = [
    ("JDBC driver / database (H2 engine in-process)", re.compile(r"^(org\.postgresql|org\.h2|com\.zaxxer)")),
    ("MyBatis (engine SQL mapping)", re.compile(r"^org\.apache\.ibatis")),
    ("Hibernate (domain persistence)", re.compile(r"^org\.hibernate")),
    ("ANTLR (Hibernate's HQL parser)", re.compile(r"^org\.antlr")),
    ("DMN / FEEL (decision tables)", re.compile(r"^(org\.camunda\.bpm\.dmn|org\.camunda\.feel|camundajar\.|org\.camunda\.bpm\.engine\.impl\.dmn)")),
    ("Camunda forms / variables serialization", re.compile(r"^(org\.camunda\.bpm\.engine\.impl\.variable|org\.camunda\.spin|com\.fasterxml)")),
    ("Camunda engine (other)", re.compile(r"^org\.camunda")),
    ("application code", re.compile(r"^id\.go\.tebingtinggi\.kinerja\.(?!benchmark)")),
    ("Spring", re.compile(r"^org\.springframework")),
    ("JDK", re.compile(r"^(java|jdk|sun)\.")),
]

events = text.split("jdk.ExecutionSample")
by_category = collections.Counter()
by_app_frame = collections.Counter()
by_top_frame = collections.Counter()
total = 0
for event in events:
    thread = re.search(r'sampledThread = "([^"]+)"', event)
    if not thread or not re.match(r"(benchmark-worker|camundaTaskExecutor|main)", thread.group(1)):
        continue
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    total += 1
    top_frame = frames[0]
    by_top_frame[top_frame] += 1
    # the JDK's own frames (collections, reflection, strings) count for the library that called them
    caller = next((f for f in frames if not re.match(r"(java|jdk|sun)\.", f)), top_frame)
    for name, pattern in CATEGORIES:
        if pattern.match(caller):
            by_category[name] += 1
            break
    else:
        by_category["other: " + caller.rsplit(".", 2)[0]] += 1
    app = next((f for f in frames if f.startswith("id.go.tebingtinggi.kinerja.") and ".benchmark." not in f), None)
    by_app_frame[app or "(no application frame: engine work of the task completion or job itself)"] += 1

print(f"{total} CPU samples of the worker, job executor and main threads\n")
print("by the library of the innermost frame outside the JDK:")
for name, count in by_category.most_common(top):
    print(f"  {100 * count / total:5.1f} %  {name}")
print("\nby the innermost application frame on the stack:")
for name, count in by_app_frame.most_common(top):
    print(f"  {100 * count / total:5.1f} %  {name}")
print("\nhottest innermost frames:")
for name, count in by_top_frame.most_common(top):
    print(f"  {100 * count / total:5.1f} %  {name}")
