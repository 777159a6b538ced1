% Riverside Half Marathon 2026 - results and gait-lab summary for club runners
% race(k) holds one race; runner(j) one club member's result.
race(1).name     = 'Riverside Half Marathon';
race(1).date     = '2026-04-19';
race(1).distance = 21.0975;   % km

runner(1).bib        = 1043;
runner(1).name       = 'A. Mensah';
runner(1).time_s     = 5412;
runner(1).cadence    = 178;    % steps/min, from the club's foot pods
runner(1).gait_note  = 'overstriding after km 15';

runner(2).bib        = 2217;
runner(2).name       = 'J. Okafor';
runner(2).time_s     = 5990;
runner(2).cadence    = 171;
runner(2).gait_note  = 'symmetric; no change';

pace = [runner.time_s] ./ race(1).distance / 60;   % min/km
fprintf('%s: mean pace %.2f min/km\n', race(1).name, mean(pace));
