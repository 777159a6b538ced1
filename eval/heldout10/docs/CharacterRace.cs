using System;
using System.Collections.Generic;
using UnityEngine;

namespace Emberfall.Gameplay.Characters
{
    public enum Race
    {
        Human,
        Elf,
        Dwarf,
        Orc,
        Halfling,
        Tiefling
    }

    [Serializable]
    public struct RaceTraits
    {
        public int strengthBonus;
        public int dexterityBonus;
        public int intelligenceBonus;
        public float baseSpeed;
        public bool darkvision;
    }

    [CreateAssetMenu(menuName = "Emberfall/Race Table")]
    public class RaceTable : ScriptableObject
    {
        private static readonly Dictionary<Race, RaceTraits> Defaults = new()
        {
            [Race.Human]    = new RaceTraits { strengthBonus = 1, dexterityBonus = 1, intelligenceBonus = 1, baseSpeed = 6f },
            [Race.Elf]      = new RaceTraits { dexterityBonus = 2, intelligenceBonus = 1, baseSpeed = 6.5f, darkvision = true },
            [Race.Dwarf]    = new RaceTraits { strengthBonus = 2, baseSpeed = 5f, darkvision = true },
            [Race.Orc]      = new RaceTraits { strengthBonus = 3, intelligenceBonus = -1, baseSpeed = 6f, darkvision = true },
            [Race.Halfling] = new RaceTraits { dexterityBonus = 2, baseSpeed = 5f },
            [Race.Tiefling] = new RaceTraits { intelligenceBonus = 2, baseSpeed = 6f, darkvision = true },
        };

        public RaceTraits Get(Race race) => Defaults[race];

        // Character creator: the player picks a race; the portrait face mesh is chosen to match.
        public string PortraitPrefab(Race race, bool female) =>
            $"Portraits/{race}_{(female ? "F" : "M")}_Face01";
    }
}
