/**
 * The live bridge: applies a scenario's desired kernel state (the very data the simulator loads) to
 * real Linux network namespaces, runs real tools in them, and compares what the kernel did with the
 * model. The only module that starts processes. It never changes the machine's root namespace:
 * every object it creates carries the run's prefix, and teardown always runs.
 */
package io.swarmsim.live;
