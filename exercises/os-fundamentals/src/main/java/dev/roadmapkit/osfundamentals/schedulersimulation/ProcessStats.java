package dev.roadmapkit.osfundamentals.schedulersimulation;

/**
 * Given: what one process experienced. Do not change this record.
 *
 * @param processId the process
 * @param completion when it finished: the end of its last segment
 * @param turnaround completion minus arrival: how long it was in the system
 * @param waiting turnaround minus burst: how long it was ready but not running
 */
public record ProcessStats(String processId, long completion, long turnaround, long waiting) {}
