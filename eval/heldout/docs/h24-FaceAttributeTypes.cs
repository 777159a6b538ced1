// ----------------------------------------------------------------------------
//  Tianmu.Vision.Face  — .NET wrapper for the Tianmu face analysis engine
//  FaceAttributeTypes.cs
// ----------------------------------------------------------------------------
using System;
using System.Runtime.InteropServices;

namespace Tianmu.Vision.Face
{
    /// <summary>Ethnic group estimated from facial appearance.</summary>
    public enum EthnicityType : int
    {
        Unknown = 0,
        Han = 1,
        Uyghur = 2,
        Tibetan = 3,
        Hui = 4,
        Kazakh = 5,
        Other = 99
    }

    public enum GenderType : int { Unknown = 0, Male = 1, Female = 2 }

    [StructLayout(LayoutKind.Sequential)]
    public struct FaceAttributeResult
    {
        public int Age;
        public GenderType Gender;
        public EthnicityType Ethnicity;
        public float EthnicityScore;
        [MarshalAs(UnmanagedType.I1)] public bool HasGlasses;
        [MarshalAs(UnmanagedType.I1)] public bool HasMask;
    }

    internal static class NativeMethods
    {
        [DllImport("tianmu_face.dll", CallingConvention = CallingConvention.Cdecl)]
        internal static extern int TM_AnalyzeAttributes(IntPtr engine, IntPtr bgr, int width, int height,
                                                        ref FaceRect rect, out FaceAttributeResult result);
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct FaceRect { public int X, Y, W, H; }
}
