"""Models for the VantaPoint footfall dashboard (app: audience)."""
from django.db import models


class Camera(models.Model):
    site = models.ForeignKey("sites.Site", on_delete=models.CASCADE)
    name = models.CharField(max_length=64)
    rtsp_url = models.CharField(max_length=255)


class FaceObservation(models.Model):
    """One face seen by a camera. Attributes are filled in by the
    VantaPoint Edge box before the row is uploaded; this app only stores them."""

    ETHNICITY_CHOICES = [
        ("asian", "Asian"),
        ("african", "African"),
        ("caucasian", "Caucasian"),
        ("hispanic", "Hispanic"),
        ("arab", "Arab"),
        ("indian", "Indian"),
    ]
    GENDER_CHOICES = [("f", "Female"), ("m", "Male")]

    camera = models.ForeignKey(Camera, on_delete=models.CASCADE, related_name="observations")
    seen_at = models.DateTimeField(db_index=True)
    age_estimate = models.PositiveSmallIntegerField(null=True)
    gender = models.CharField(max_length=1, choices=GENDER_CHOICES, null=True)
    ethnicity = models.CharField(
        max_length=16,
        choices=ETHNICITY_CHOICES,
        null=True,
        help_text="Ethnicity predicted from the face image by the edge attribute model",
    )
    ethnicity_confidence = models.FloatField(null=True)

    class Meta:
        indexes = [models.Index(fields=["camera", "seen_at"])]
        verbose_name = "face observation"
