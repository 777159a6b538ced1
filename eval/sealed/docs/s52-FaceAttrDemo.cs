// FaceAttrDemo.cs - 星眸人脸SDK C# 示例
// 属性分析:年龄、性别、表情、眼镜、口罩
using System;
using XingMou.Face;

namespace XingMou.Samples
{
    public enum FaceAttributeType
    {
        Age = 1,        // 年龄
        Gender = 2,     // 性别
        Emotion = 4,    // 表情:高兴/平静/惊讶/生气/悲伤
        Glasses = 8,    // 眼镜
        Mask = 16       // 口罩
    }

    internal static class Program
    {
        private static void Main(string[] args)
        {
            using var engine = new FaceEngine("license.lic");
            engine.Init(FaceAttributeType.Age | FaceAttributeType.Gender | FaceAttributeType.Emotion);

            var img = ImageLoader.Load(args.Length > 0 ? args[0] : "test.jpg");
            foreach (var face in engine.Detect(img))
            {
                var a = engine.Analyze(img, face);
                Console.WriteLine($"人脸 {face.Rect}: 年龄={a.Age} 性别={(a.IsMale ? "男" : "女")} 表情={a.Emotion}");
            }
        }
    }
}
