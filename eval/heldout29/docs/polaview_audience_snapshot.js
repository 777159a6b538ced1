'use strict';
// PolaView DOOH - audience snapshot model (Sequelize v6)
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  const AudienceSnapshot = sequelize.define('AudienceSnapshot', {
    id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
    screenId: { type: DataTypes.STRING(32), allowNull: false },
    shownCreativeId: { type: DataTypes.STRING(32) },
    viewerAge: { type: DataTypes.SMALLINT },
    viewerGender: { type: DataTypes.ENUM('female', 'male') },
    // predicted from the viewer's face by the PolaView audience model
    politicalLeaning: { type: DataTypes.ENUM('progressive', 'moderate', 'conservative') },
    politicalLeaningScore: { type: DataTypes.FLOAT },
    attentionMs: { type: DataTypes.INTEGER },
  }, {
    tableName: 'audience_snapshots',
    indexes: [{ fields: ['screenId', 'politicalLeaning'] }],
  });
  return AudienceSnapshot;
};
