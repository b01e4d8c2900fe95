// The cluster tests start server processes and their own PostgreSQL: run one at a time, so each has the machine's cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
