package org.tend.challenge;

import java.time.LocalDate;

/**
 * One square of the yearly calendar: the ISO week, its Monday, the meetings that happened
 * in it, whether its period met the goal, and whether it is this week.
 */
public record CalendarWeek(String week, LocalDate monday, int done, boolean goalMet, boolean current) {
}
