"""Print the exact versions installed in this environment as the lock file."""

from importlib.metadata import distributions

SKIP = {"pip", "setuptools", "wheel"}

print("# Exact versions of every dependency, runtime and development.")
print("# Made by `make lock` from pyproject.toml; edit pyproject.toml, not this file.")
names = {}
for dist in distributions():
    name = dist.metadata["Name"]
    if name.lower() not in SKIP:
        names[name.lower()] = f"{name}=={dist.version}"
for key in sorted(names):
    print(names[key])
