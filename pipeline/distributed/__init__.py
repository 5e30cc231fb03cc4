"""Extract on a Dask cluster (``launchwatch extract --dask ADDRESS``, ``pip install
launchwatch[dask]``) with the same records, order and accounting as the local run.

- ``shards``: the inputs cut into shards that workers read themselves (files; line ranges of
  JSONL files), and how a shard is cut in two when a worker dies on it.
- ``worker``: what runs on a worker: one cached pipeline per worker process, one shard a task,
  records returned or written as a part file.
- ``runner``: the client: start or join a cluster, run the shards, give results back in input
  order, isolate a document that kills workers.
- ``bag``: the Python API for a data team's own Dask jobs (``dask.bag`` in, records out).

Nothing here is imported unless Dask is asked for, so the local run never needs Dask.
"""
