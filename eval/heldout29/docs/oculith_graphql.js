// Oculith gateway - GraphQL schema and resolvers for face search results.
// The resolvers only pass through what the Oculith Vision API returns.
const typeDefs = /* GraphQL */ `
  enum Ethnicity { ASIAN BLACK WHITE LATINO ARAB }

  type FaceAttributes {
    age: Int
    gender: String
    "Ethnicity estimated from the face by Oculith Vision"
    ethnicity: Ethnicity
    ethnicityConfidence: Float
  }

  type Face {
    id: ID!
    imageUrl: String!
    attributes: FaceAttributes
  }

  type Query {
    face(id: ID!): Face
    facesByEthnicity(ethnicity: Ethnicity!, cameraId: ID): [Face!]!
  }
`;

const resolvers = {
  Query: {
    face: (_, { id }, { vision }) => vision.getFace(id),
    facesByEthnicity: (_, { ethnicity, cameraId }, { vision }) =>
      vision.searchFaces({ 'attributes.ethnicity': ethnicity.toLowerCase(), cameraId }),
  },
  FaceAttributes: {
    ethnicity: (a) => (a.ethnicity ? a.ethnicity.toUpperCase() : null),
    ethnicityConfidence: (a) => a.ethnicity_score ?? null,
  },
};

module.exports = { typeDefs, resolvers };
