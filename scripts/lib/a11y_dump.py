#!/usr/bin/env python3
"""Prints what a screen reader is told about vms: its accessibility tree as read over AT-SPI.

Run by scripts/a11y-dump inside a D-Bus session under Xvfb. For each page it starts
`vms --demo --profile PROFILE --page PAGE`, waits for the window to appear on the AT-SPI bus, prints one
line per node (role, name, description, label relations, states) and stops vms again. With --check
it exits 1 when a showing control or a focusable node has nothing to be announced by.
"""

import argparse
import subprocess
import sys
import time

import pyatspi

# Nodes a user operates; each needs a name (or a label pointing at it) to be announced.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_MENU,
}
# Their children are cells and items: counted, not listed.
CONTAINERS = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_COMBO_BOX,
}
MAX_NODES = 5000


def labels_of(node):
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(relation.getTarget(i).name or "")
    except Exception:  # a node that went away while it was read
        pass
    return [n for n in names if n.strip()]


def dump(node, depth, out, problems, path):
    if len(out) >= MAX_NODES:
        return
    try:
        role = node.getRole()
        role_name = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
        states = node.getState()
        count = node.childCount
    except Exception:
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    labels = labels_of(node)
    flags = [s for s, st in (("focusable", pyatspi.STATE_FOCUSABLE), ("focused", pyatspi.STATE_FOCUSED),
                              ("showing", pyatspi.STATE_SHOWING), ("disabled", None))
             if (st is not None and states.contains(st))
             or (st is None and not states.contains(pyatspi.STATE_ENABLED))]
    line = "  " * depth + f'{role_name} "{name}"'
    if description:
        line += f" [{description}]"
    if labels:
        line += " labelled-by " + ", ".join(f'"{label}"' for label in labels)
    if flags:
        line += " (" + ", ".join(flags) + ")"
    if role in CONTAINERS and count:
        line += f" {count} children"
    out.append(line)
    here = path + [f'{role_name} "{name}"']
    # On Linux Qt gives a combo box its current text as name; its label travels as a labelled-by relation.
    announced = (labels if role == pyatspi.ROLE_COMBO_BOX else (name.strip() or labels))
    if showing and (role in INTERACTIVE or focusable) and not announced:
        problems.append(" > ".join(here[-3:]))
    if role in CONTAINERS:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            dump(child, depth + 1, out, problems, here)


def find_app(pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    frame = app.getChildAtIndex(0)
                    if frame is not None and frame.childCount > 0:
                        return app
            except Exception:
                pass
        time.sleep(0.5)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", required=True)
    parser.add_argument("--profile", required=True)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--timeout", type=float, default=90)
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()

    all_problems = []
    for page in args.pages:
        proc = subprocess.Popen([args.vms, "--demo", "--profile", args.profile, "--page", page],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            app = find_app(proc.pid, args.timeout)
            if app is None:
                print(f"a11y-dump: vms (page {page}) never appeared on the AT-SPI bus", file=sys.stderr)
                return 2
            time.sleep(2)  # let the page finish loading its rows
            out, problems = [], []
            dump(app, 0, out, problems, [])
            print(f"=== page {page}: {len(out)} nodes")
            print("\n".join(out))
            for p in problems:
                all_problems.append(f"{page}: {p}")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if all_problems:
        print(f"\n{len(all_problems)} node(s) with nothing to announce:")
        print("\n".join("  " + p for p in all_problems))
    if args.check and all_problems:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
