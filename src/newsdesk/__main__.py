from .serve.cli import main

# The guard matters: analysis worker processes are spawned and import this module by name.
if __name__ == "__main__":
    raise SystemExit(main())
