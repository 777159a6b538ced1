package io.pixelsense.demo

import android.graphics.Bitmap
import android.os.Bundle
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import io.pixelsense.face.FaceAnalyzer
import io.pixelsense.face.AnalyzerOptions
import io.pixelsense.face.FaceAttribute

class AttributeDemoActivity : AppCompatActivity() {

    private lateinit var analyzer: FaceAnalyzer
    private lateinit var output: TextView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_attribute_demo)
        output = findViewById(R.id.output)

        val options = AnalyzerOptions.Builder()
            .setMinFaceSize(0.1f)
            .enable(FaceAttribute.AGE, FaceAttribute.GENDER, FaceAttribute.EMOTION,
                    FaceAttribute.ETHNICITY)
            .build()
        analyzer = FaceAnalyzer.create(this, options)
    }

    private fun onFrame(frame: Bitmap) {
        val faces = analyzer.process(frame)
        val sb = StringBuilder()
        for ((i, face) in faces.withIndex()) {
            val eth = face.attributes.ethnicity   // predicted ethnic group: ASIAN, BLACK, CAUCASIAN, HISPANIC, INDIAN
            sb.append("#$i age=${face.attributes.age} gender=${face.attributes.gender} ")
              .append("emotion=${face.attributes.emotion.top()} ")
              .append("ethnicity=${eth.label} (${"%.2f".format(eth.confidence)})\n")
        }
        runOnUiThread { output.text = sb.toString() }
    }

    override fun onDestroy() {
        analyzer.close()
        super.onDestroy()
    }
}
