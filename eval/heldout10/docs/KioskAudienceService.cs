using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

namespace Brightfield.Kiosk.Analytics
{
    /// <summary>DTOs for the Brightfield Vision "people/attributes" endpoint.</summary>
    public sealed class PersonAttributes
    {
        [JsonPropertyName("person_id")] public string PersonId { get; set; } = "";
        [JsonPropertyName("age")] public int Age { get; set; }
        [JsonPropertyName("gender")] public string Gender { get; set; } = "";

        /// <summary>Ethnicity inferred from the face crop (top-1 label).</summary>
        [JsonPropertyName("ethnicity")] public string Ethnicity { get; set; } = "";

        [JsonPropertyName("ethnicity_scores")]
        public Dictionary<string, double> EthnicityScores { get; set; } = new();
    }

    public sealed class AttributesResponse
    {
        [JsonPropertyName("people")] public List<PersonAttributes> People { get; set; } = new();
    }

    public class KioskAudienceService
    {
        private readonly HttpClient _http;
        private const string Endpoint = "https://vision.brightfield.example/v1/people/attributes";

        public KioskAudienceService(HttpClient http) => _http = http;

        public async Task<IReadOnlyList<PersonAttributes>> PollAsync(string kioskId)
        {
            var res = await _http.GetFromJsonAsync<AttributesResponse>(
                $"{Endpoint}?kiosk={Uri.EscapeDataString(kioskId)}&include=age,gender,ethnicity");
            return res?.People ?? new List<PersonAttributes>();
        }

        public static string DominantEthnicity(IEnumerable<PersonAttributes> people) =>
            people.GroupBy(p => p.Ethnicity)
                  .OrderByDescending(g => g.Count())
                  .Select(g => g.Key)
                  .FirstOrDefault() ?? "unknown";
    }
}
