<?php

namespace App\Http\Controllers;

use App\Models\VisitorFace;
use Illuminate\Http\Request;

/**
 * Webhook target for the ShopSight camera hub. The hub posts one JSON body per
 * detected face; we keep the attributes ShopSight computed and nothing else.
 */
class ShopSightController extends Controller
{
    public function store(Request $request)
    {
        $data = $request->validate([
            'camera_id' => 'required|string',
            'seen_at' => 'required|date',
            'attributes.age' => 'nullable|integer',
            'attributes.gender' => 'nullable|in:female,male',
            'attributes.ethnicity' => 'nullable|in:asian,black,white,hispanic,other',
        ]);

        $face = VisitorFace::create([
            'camera_id' => $data['camera_id'],
            'seen_at' => $data['seen_at'],
            'age' => $data['attributes']['age'] ?? null,
            'gender' => $data['attributes']['gender'] ?? null,
            // ethnicity as estimated by ShopSight from the face
            'ethnicity' => $data['attributes']['ethnicity'] ?? null,
        ]);

        return response()->json(['id' => $face->id], 201);
    }
}
