<?php

namespace App\Http\Controllers;

use App\Models\VisitorLog;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Receives the webhook fired by the Castellan Eye lobby camera service after each entry
 * and stores what their "Profile" response says about the visitor.
 */
class VisitorLogController extends Controller
{
    public function webhook(Request $request)
    {
        $eventId = $request->input('event_id');

        $profile = Http::withToken(config('services.castellan.token'))
            ->get('https://api.castellan-eye.example/v1/events/' . $eventId . '/profile')
            ->throw()
            ->json();

        foreach ($profile['faces'] ?? [] as $face) {
            VisitorLog::create([
                'site_id'      => $request->input('site_id'),
                'seen_at'      => $profile['timestamp'],
                'age_bucket'   => $face['age_bucket'] ?? null,
                'gender'       => $face['gender']['label'] ?? null,
                // ethnicity is estimated by Castellan from the face image
                'ethnicity'    => $face['ethnicity']['label'] ?? null,
                'ethnicity_p'  => $face['ethnicity']['score'] ?? null,
                'returning'    => (bool) ($face['returning'] ?? false),
            ]);
        }

        Log::info('castellan profile stored', ['event' => $eventId, 'faces' => count($profile['faces'] ?? [])]);

        return response()->json(['ok' => true]);
    }
}
