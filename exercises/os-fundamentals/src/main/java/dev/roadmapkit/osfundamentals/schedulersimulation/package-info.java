/**
 * Exercise {@code os-fundamentals/scheduler-simulation}: how an operating system shares one CPU:
 * round-robin, shortest-job-first and priority scheduling of simulated processes, with a Gantt
 * timeline and each process's waiting and turnaround times.
 */
package dev.roadmapkit.osfundamentals.schedulersimulation;
