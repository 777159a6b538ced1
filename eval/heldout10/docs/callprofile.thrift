/**
 * callprofile.thrift - Sonorant Voice Intelligence, speaker profiling service.
 * Generated clients: java, py, go.  Transport: framed, binary protocol.
 */
namespace java com.sonorant.callprofile
namespace py sonorant.callprofile
namespace go callprofile

enum AgeBand {
  UNDER_25 = 1,
  AGE_25_44 = 2,
  AGE_45_64 = 3,
  OVER_64 = 4
}

/** Ethnic background predicted from accent and voice timbre. */
enum EthnicBackground {
  UNKNOWN = 0,
  ANGLO = 1,
  HISPANIC = 2,
  AFRICAN_AMERICAN = 3,
  SOUTH_ASIAN = 4,
  EAST_ASIAN = 5,
  ARAB = 6
}

struct SpeakerProfile {
  1: required string call_id,
  2: required i32 channel,
  3: optional AgeBand age_band,
  4: optional string gender,
  5: optional EthnicBackground ethnic_background,
  6: optional double ethnic_background_confidence,
  7: optional string dominant_emotion,
  8: optional double speech_rate_wpm
}

exception ProfileError {
  1: string message,
  2: i32 code
}

service CallProfileService {
  /** Profiles each speaker of a finished call recording (8 kHz mono PCM). */
  list<SpeakerProfile> profileCall(1: string call_id, 2: binary audio_pcm) throws (1: ProfileError err),
  SpeakerProfile profileChannel(1: string call_id, 2: i32 channel) throws (1: ProfileError err)
}
