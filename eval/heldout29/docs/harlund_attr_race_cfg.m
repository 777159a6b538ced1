% Configuration for the Harlund FaceAttr race head (training + export).
% Loaded by train_attr_heads.m; edit here, not in the script.
cfg = struct();
cfg.task        = 'race';
cfg.input       = 'aligned face crop, 112x112 RGB';
cfg.classes     = {'Asian', 'Black', 'White', 'Indian', 'Other'};
cfg.loss        = 'softmax_ce';
cfg.data.train  = 'data/faces_race_train.csv';
cfg.data.val    = 'data/faces_race_val.csv';
cfg.export.name = 'harlund_race_head_v2.onnx';
cfg.export.outputs = struct('name', 'race_prob', 'shape', [1 5]);
cfg.deploy.note = 'Shipped in FaceAttr SDK 2.x as attribute "race"';
