-- The last certificate number given per year. Granting an award locks its year's row, so grants that run at the
-- same time (the job executor after a full-city meeting) wait for each other instead of colliding on
-- uk_award_sequence and waiting five minutes for the job's retry.
create table award_counter (
    award_year  integer not null primary key,
    last_number integer not null
);

insert into award_counter (award_year, last_number)
select award_year, max(sequence_number) from award group by award_year;
