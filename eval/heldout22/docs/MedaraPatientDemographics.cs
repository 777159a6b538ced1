// Medara Health .NET SDK - Models/PatientDemographics.cs
using System;
using System.Collections.Generic;

namespace Medara.Sdk.Models
{
    /// <summary>
    /// Demographic section of a patient record.
    /// US Core race and ethnicity extensions, self-reported at registration.
    /// </summary>
    public sealed class PatientDemographics
    {
        public string PatientId { get; set; } = "";
        public DateTime BirthDate { get; set; }
        public string AdministrativeSex { get; set; } = "unknown";

        /// <summary>OMB race categories (urn:oid:2.16.840.1.113883.6.238).</summary>
        public List<Coding> Race { get; set; } = new();

        /// <summary>OMB ethnicity category.</summary>
        public Coding? Ethnicity { get; set; }

        public string PreferredLanguage { get; set; } = "en";
    }

    public sealed record Coding(string System, string Code, string Display);
}
