-- A first-met date is not a meeting (decision 0026): before a first meeting that happened
-- nobody is due, so the due dates that counted from met_on alone go.
update person set due_on = null where last_met_on is null;
